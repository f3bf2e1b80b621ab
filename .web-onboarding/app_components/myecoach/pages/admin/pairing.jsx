
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_8aebe1e6 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_8aebe1e6 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_8aebe1e6.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_8aebe1e6;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_8aebe1e6.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_8aebe1e6;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_8aebe1e6 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_8aebe1e6 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_8aebe1e6.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_8aebe1e6;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_8aebe1e6 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_8aebe1e6 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_8aebe1e6.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_8aebe1e6;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_8aebe1e6.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_8aebe1e6;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_8aebe1e6.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_8aebe1e6;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_8aebe1e6 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_8aebe1e6 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_8aebe1e6.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_8aebe1e6;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_8aebe1e6 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_8aebe1e6 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_8aebe1e6.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_8aebe1e6;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_8aebe1e6.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_8aebe1e6;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_8aebe1e6 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_8aebe1e6 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_8aebe1e6.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_8aebe1e6;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_8aebe1e6.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_8aebe1e6;
})();

export const Bare_comp_6c3fae6c60263b995d784ca771159e1e_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_6c3fae6c60263b995d784ca771159e1e_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_ ? "Not found" : "Pairing")
    )
});
Bare_comp_6c3fae6c60263b995d784ca771159e1e_8aebe1e6.displayName = "Bare";
return Bare_comp_6c3fae6c60263b995d784ca771159e1e_8aebe1e6;
})();

export const Foreach_comp_8f5853b33b98d73ed3f989161fe54e9c_8aebe1e6 = /*#__PURE__*/ (() => {
const Foreach_comp_8f5853b33b98d73ed3f989161fe54e9c_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___pairing____pairing_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___pairing____pairing_state")
    return(
        Array.prototype.map.call(Object.entries(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___pairing____pairing_state.programme_names_rx_state_ ?? {}) ?? [],((item_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:item_rx_state_?.at?.(0)},item_rx_state_?.at?.(1)))))
    )
});
Foreach_comp_8f5853b33b98d73ed3f989161fe54e9c_8aebe1e6.displayName = "Foreach";
return Foreach_comp_8f5853b33b98d73ed3f989161fe54e9c_8aebe1e6;
})();

export const Bare_comp_cd131d61620252c2d8daf2e363984b04_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_cd131d61620252c2d8daf2e363984b04_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["programme"]
    )
});
Bare_comp_cd131d61620252c2d8daf2e363984b04_8aebe1e6.displayName = "Bare";
return Bare_comp_cd131d61620252c2d8daf2e363984b04_8aebe1e6;
})();

export const Cond_comp_b31f1c4a17fd0edd7e806842566db8c3_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_b31f1c4a17fd0edd7e806842566db8c3_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["programme"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b31f1c4a17fd0edd7e806842566db8c3_8aebe1e6.displayName = "Cond";
return Cond_comp_b31f1c4a17fd0edd7e806842566db8c3_8aebe1e6;
})();

export const Bare_comp_1b8d8a6b48af98ec10fac2570ab7598f_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_1b8d8a6b48af98ec10fac2570ab7598f_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["kind"]
    )
});
Bare_comp_1b8d8a6b48af98ec10fac2570ab7598f_8aebe1e6.displayName = "Bare";
return Bare_comp_1b8d8a6b48af98ec10fac2570ab7598f_8aebe1e6;
})();

export const Cond_comp_81dbd757a62809328d6422975c29c29d_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_81dbd757a62809328d6422975c29c29d_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["kind"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_81dbd757a62809328d6422975c29c29d_8aebe1e6.displayName = "Cond";
return Cond_comp_81dbd757a62809328d6422975c29c29d_8aebe1e6;
})();

export const Textfieldroot_textfield__root_34d4e783137cfc717eb10f58b5b51238_8aebe1e6 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_34d4e783137cfc717eb10f58b5b51238_8aebe1e6 = memo(({children, ...rest}) => {
    const ref_coach = useRef(null); refs["ref_coach"] = ref_coach;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"coach-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coach"]) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"coach", name:"coach", placeholder:"name@example.org", ref:ref_coach, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_34d4e783137cfc717eb10f58b5b51238_8aebe1e6.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_34d4e783137cfc717eb10f58b5b51238_8aebe1e6;
})();

export const Bare_comp_fd6b99f62509b9b83dc3b54eebd19fe7_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_fd6b99f62509b9b83dc3b54eebd19fe7_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coach"]
    )
});
Bare_comp_fd6b99f62509b9b83dc3b54eebd19fe7_8aebe1e6.displayName = "Bare";
return Bare_comp_fd6b99f62509b9b83dc3b54eebd19fe7_8aebe1e6;
})();

export const Cond_comp_ffa5b127c59eb0a575571dfe0f82d0fd_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_ffa5b127c59eb0a575571dfe0f82d0fd_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coach"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ffa5b127c59eb0a575571dfe0f82d0fd_8aebe1e6.displayName = "Cond";
return Cond_comp_ffa5b127c59eb0a575571dfe0f82d0fd_8aebe1e6;
})();

export const Textfieldroot_textfield__root_001d81b48174fe19f5efdc2796c9be61_8aebe1e6 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_001d81b48174fe19f5efdc2796c9be61_8aebe1e6 = memo(({children, ...rest}) => {
    const ref_coachee = useRef(null); refs["ref_coachee"] = ref_coachee;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"coachee-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coachee"]) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"coachee", name:"coachee", placeholder:"name@example.org", ref:ref_coachee, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_001d81b48174fe19f5efdc2796c9be61_8aebe1e6.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_001d81b48174fe19f5efdc2796c9be61_8aebe1e6;
})();

export const Bare_comp_ff1a6cd721dd5492ca5abfd336329b48_8aebe1e6 = /*#__PURE__*/ (() => {
const Bare_comp_ff1a6cd721dd5492ca5abfd336329b48_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coachee"]
    )
});
Bare_comp_ff1a6cd721dd5492ca5abfd336329b48_8aebe1e6.displayName = "Bare";
return Bare_comp_ff1a6cd721dd5492ca5abfd336329b48_8aebe1e6;
})();

export const Cond_comp_e23cc7d88a64493fda2e1c3352f041a5_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_e23cc7d88a64493fda2e1c3352f041a5_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["coachee"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e23cc7d88a64493fda2e1c3352f041a5_8aebe1e6.displayName = "Cond";
return Cond_comp_e23cc7d88a64493fda2e1c3352f041a5_8aebe1e6;
})();

export const Form_root_7bb0fa9390741c06aec9c481c3de063a_8aebe1e6 = /*#__PURE__*/ (() => {
const Form_root_7bb0fa9390741c06aec9c481c3de063a_8aebe1e6 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___pairing____pairing_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___pairing____pairing_state")

    const handleSubmit_613310989bf7bb40897e48e62f4e1636 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["coach"] : getRefValue(refs["ref_coach"]), ["coachee"] : getRefValue(refs["ref_coachee"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___pairing____pairing_state.pair", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___pairing____pairing_state.form_version_rx_state_, onSubmit:handleSubmit_613310989bf7bb40897e48e62f4e1636 }))},children)
    )
});
Form_root_7bb0fa9390741c06aec9c481c3de063a_8aebe1e6.displayName = "Form";
return Form_root_7bb0fa9390741c06aec9c481c3de063a_8aebe1e6;
})();

export const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_91daef68a0be16bb48f4fd9923b794fd_8aebe1e6.displayName = "Cond";
return Cond_comp_91daef68a0be16bb48f4fd9923b794fd_8aebe1e6;
})();

export const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_8aebe1e6 = /*#__PURE__*/ (() => {
const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_8aebe1e6 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_8aebe1e6.displayName = "Cond";
return Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_8aebe1e6;
})();
