
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_d1895948 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_d1895948 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_d1895948.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_d1895948;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_d1895948.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_d1895948;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_d1895948 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_d1895948 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_d1895948.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_d1895948;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_d1895948 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_d1895948 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_d1895948.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_d1895948;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_d1895948.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_d1895948;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_d1895948 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_d1895948.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_d1895948;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_d1895948 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_d1895948 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_d1895948.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_d1895948;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_d1895948 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_d1895948 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_d1895948.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_d1895948;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_d1895948 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_d1895948.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_d1895948;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_d1895948 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_d1895948 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_d1895948.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_d1895948;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_d1895948 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_d1895948.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_d1895948;
})();

export const Textfieldroot_textfield__root_473e421da07af4200308f9ddc679abd2_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_473e421da07af4200308f9ddc679abd2_d1895948 = memo(({children, ...rest}) => {
    const ref_name = useRef(null); refs["ref_name"] = ref_name;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"name-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["name"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.name_rx_state_, id:"name", name:"name", ref:ref_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_473e421da07af4200308f9ddc679abd2_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_473e421da07af4200308f9ddc679abd2_d1895948;
})();

export const Bare_comp_06a308d08680dbbf2a3c1bafd93f2be7_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_06a308d08680dbbf2a3c1bafd93f2be7_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["name"]
    )
});
Bare_comp_06a308d08680dbbf2a3c1bafd93f2be7_d1895948.displayName = "Bare";
return Bare_comp_06a308d08680dbbf2a3c1bafd93f2be7_d1895948;
})();

export const Cond_comp_f188eafab7a482a2b7ec9742f4f5e325_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_f188eafab7a482a2b7ec9742f4f5e325_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["name"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f188eafab7a482a2b7ec9742f4f5e325_d1895948.displayName = "Cond";
return Cond_comp_f188eafab7a482a2b7ec9742f4f5e325_d1895948;
})();

export const Textfieldroot_textfield__root_06fe70bba4c4347f9e87bdb84425f214_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_06fe70bba4c4347f9e87bdb84425f214_d1895948 = memo(({children, ...rest}) => {
    const ref_email = useRef(null); refs["ref_email"] = ref_email;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"email", name:"email", readOnly:true, ref:ref_email, size:"3", value:(isNotNullOrUndefined(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.email_rx_state_) ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.email_rx_state_ : "") }))},)
    )
});
Textfieldroot_textfield__root_06fe70bba4c4347f9e87bdb84425f214_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_06fe70bba4c4347f9e87bdb84425f214_d1895948;
})();

export const Textfieldroot_textfield__root_e926bf2836a945e47dfcfdfb70e3e2ed_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_e926bf2836a945e47dfcfdfb70e3e2ed_d1895948 = memo(({children, ...rest}) => {
    const ref_time_zone = useRef(null); refs["ref_time_zone"] = ref_time_zone;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"time_zone-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["time_zone"]) ? "true" : "false"), autoComplete:"off", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.time_zone_rx_state_, id:"time_zone", list:"time-zones", name:"time_zone", placeholder:"Type a city, e.g. Europe/London", ref:ref_time_zone, size:"3", spellCheck:false }))},)
    )
});
Textfieldroot_textfield__root_e926bf2836a945e47dfcfdfb70e3e2ed_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_e926bf2836a945e47dfcfdfb70e3e2ed_d1895948;
})();

export const Bare_comp_8e568069caa64c9c05158b68f065c6b3_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_8e568069caa64c9c05158b68f065c6b3_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["time_zone"]
    )
});
Bare_comp_8e568069caa64c9c05158b68f065c6b3_d1895948.displayName = "Bare";
return Bare_comp_8e568069caa64c9c05158b68f065c6b3_d1895948;
})();

export const Cond_comp_a6470b814a03f01e8af83cbcdd282b17_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_a6470b814a03f01e8af83cbcdd282b17_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["time_zone"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a6470b814a03f01e8af83cbcdd282b17_d1895948.displayName = "Cond";
return Cond_comp_a6470b814a03f01e8af83cbcdd282b17_d1895948;
})();

export const Form_root_9ba53be85a7c1e051f1a1dacc3acc149_d1895948 = /*#__PURE__*/ (() => {
const Form_root_9ba53be85a7c1e051f1a1dacc3acc149_d1895948 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")

    const handleSubmit_f98a6fc576e6fb1ba4ccdb7c5a64f8f9 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["name"] : getRefValue(refs["ref_name"]), ["email"] : getRefValue(refs["ref_email"]), ["time_zone"] : getRefValue(refs["ref_time_zone"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state.save_profile", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.form_version_rx_state_, onSubmit:handleSubmit_f98a6fc576e6fb1ba4ccdb7c5a64f8f9 }))},children)
    )
});
Form_root_9ba53be85a7c1e051f1a1dacc3acc149_d1895948.displayName = "Form";
return Form_root_9ba53be85a7c1e051f1a1dacc3acc149_d1895948;
})();

export const Textfieldroot_textfield__root_615080a4f2caf21dfcdc13746d914519_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_615080a4f2caf21dfcdc13746d914519_d1895948 = memo(({children, ...rest}) => {
    const ref_current_password = useRef(null); refs["ref_current_password"] = ref_current_password;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"current_password-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["current_password"]) ? "true" : "false"), autoComplete:"current-password", css:({ ["width"] : "100%" }), id:"current_password", name:"current_password", ref:ref_current_password, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_615080a4f2caf21dfcdc13746d914519_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_615080a4f2caf21dfcdc13746d914519_d1895948;
})();

export const Bare_comp_e4597f49d4c36ab242784a422660d4b6_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_e4597f49d4c36ab242784a422660d4b6_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["current_password"]
    )
});
Bare_comp_e4597f49d4c36ab242784a422660d4b6_d1895948.displayName = "Bare";
return Bare_comp_e4597f49d4c36ab242784a422660d4b6_d1895948;
})();

export const Cond_comp_9767a20c1c04a5228646783599b50ccd_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_9767a20c1c04a5228646783599b50ccd_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["current_password"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9767a20c1c04a5228646783599b50ccd_d1895948.displayName = "Cond";
return Cond_comp_9767a20c1c04a5228646783599b50ccd_d1895948;
})();

export const Textfieldroot_textfield__root_7287ea97caabacc4e66d74270bac3652_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_7287ea97caabacc4e66d74270bac3652_d1895948 = memo(({children, ...rest}) => {
    const ref_password = useRef(null); refs["ref_password"] = ref_password;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"password-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["password"]) ? "true" : "false"), autoComplete:"new-password", css:({ ["width"] : "100%" }), id:"password", name:"password", ref:ref_password, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_7287ea97caabacc4e66d74270bac3652_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_7287ea97caabacc4e66d74270bac3652_d1895948;
})();

export const Bare_comp_dd54a4fabf49e720756284af8a4f7f3d_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_dd54a4fabf49e720756284af8a4f7f3d_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["password"]
    )
});
Bare_comp_dd54a4fabf49e720756284af8a4f7f3d_d1895948.displayName = "Bare";
return Bare_comp_dd54a4fabf49e720756284af8a4f7f3d_d1895948;
})();

export const Cond_comp_cf5e640a09b8790f1f38955acf571440_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_cf5e640a09b8790f1f38955acf571440_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["password"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cf5e640a09b8790f1f38955acf571440_d1895948.displayName = "Cond";
return Cond_comp_cf5e640a09b8790f1f38955acf571440_d1895948;
})();

export const Textfieldroot_textfield__root_ab047dd1c0ef07d1dc7ce1b5bb07efb1_d1895948 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_ab047dd1c0ef07d1dc7ce1b5bb07efb1_d1895948 = memo(({children, ...rest}) => {
    const ref_confirmation = useRef(null); refs["ref_confirmation"] = ref_confirmation;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"confirmation-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["confirmation"]) ? "true" : "false"), autoComplete:"new-password", css:({ ["width"] : "100%" }), id:"confirmation", name:"confirmation", ref:ref_confirmation, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_ab047dd1c0ef07d1dc7ce1b5bb07efb1_d1895948.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_ab047dd1c0ef07d1dc7ce1b5bb07efb1_d1895948;
})();

export const Bare_comp_433f4b4d4edd0186194374ff310b20fa_d1895948 = /*#__PURE__*/ (() => {
const Bare_comp_433f4b4d4edd0186194374ff310b20fa_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["confirmation"]
    )
});
Bare_comp_433f4b4d4edd0186194374ff310b20fa_d1895948.displayName = "Bare";
return Bare_comp_433f4b4d4edd0186194374ff310b20fa_d1895948;
})();

export const Cond_comp_dfb39a6b487d5cda7cae896e539061f5_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_dfb39a6b487d5cda7cae896e539061f5_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.errors_rx_state_?.["confirmation"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dfb39a6b487d5cda7cae896e539061f5_d1895948.displayName = "Cond";
return Cond_comp_dfb39a6b487d5cda7cae896e539061f5_d1895948;
})();

export const Form_root_315a297f47a8598fc92fdfafc6be680c_d1895948 = /*#__PURE__*/ (() => {
const Form_root_315a297f47a8598fc92fdfafc6be680c_d1895948 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")

    const handleSubmit_dc67b3f10921ca14633d13ccf6f5947c = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["current_password"] : getRefValue(refs["ref_current_password"]), ["password"] : getRefValue(refs["ref_password"]), ["confirmation"] : getRefValue(refs["ref_confirmation"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state.change_password", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.form_version_rx_state_, onSubmit:handleSubmit_dc67b3f10921ca14633d13ccf6f5947c }))},children)
    )
});
Form_root_315a297f47a8598fc92fdfafc6be680c_d1895948.displayName = "Form";
return Form_root_315a297f47a8598fc92fdfafc6be680c_d1895948;
})();

export const Cond_comp_12ad5e755c53c27ba2b220e81ae57554_d1895948 = /*#__PURE__*/ (() => {
const Cond_comp_12ad5e755c53c27ba2b220e81ae57554_d1895948 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___account____account_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_12ad5e755c53c27ba2b220e81ae57554_d1895948.displayName = "Cond";
return Cond_comp_12ad5e755c53c27ba2b220e81ae57554_d1895948;
})();
