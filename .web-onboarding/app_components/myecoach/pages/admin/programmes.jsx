
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyOr,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {AlertDialog as RadixThemesAlertDialog,Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_7cab8b8a = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_7cab8b8a = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_7cab8b8a.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_7cab8b8a;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_7cab8b8a.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_7cab8b8a;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_7cab8b8a = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_7cab8b8a = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_7cab8b8a.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_7cab8b8a;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_7cab8b8a = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_7cab8b8a = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_7cab8b8a.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_7cab8b8a;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_7cab8b8a.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_7cab8b8a;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_7cab8b8a = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_7cab8b8a = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_7cab8b8a.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_7cab8b8a;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_7cab8b8a = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_7cab8b8a = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_7cab8b8a.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_7cab8b8a;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_7cab8b8a = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_7cab8b8a = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_7cab8b8a.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_7cab8b8a;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_7cab8b8a = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_7cab8b8a.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_7cab8b8a;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_7cab8b8a = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_7cab8b8a = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_7cab8b8a.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_7cab8b8a;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_7cab8b8a = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_7cab8b8a.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_7cab8b8a;
})();

export const Bare_comp_d35e2315ea3c8ea54d2f19d10e4d353b_7cab8b8a = /*#__PURE__*/ (() => {
const Bare_comp_d35e2315ea3c8ea54d2f19d10e4d353b_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_ ? "Not found" : "Programmes")
    )
});
Bare_comp_d35e2315ea3c8ea54d2f19d10e4d353b_7cab8b8a.displayName = "Bare";
return Bare_comp_d35e2315ea3c8ea54d2f19d10e4d353b_7cab8b8a;
})();

export const Textfieldroot_textfield__root_26a3418a7efe76cfab5dc33b51b57700_7cab8b8a = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_26a3418a7efe76cfab5dc33b51b57700_7cab8b8a = memo(({children, ...rest}) => {
    const ref_name = useRef(null); refs["ref_name"] = ref_name;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"name-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"]) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"name", name:"name", placeholder:"e.g. Leadership Coaching 2027", ref:ref_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_26a3418a7efe76cfab5dc33b51b57700_7cab8b8a.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_26a3418a7efe76cfab5dc33b51b57700_7cab8b8a;
})();

export const Bare_comp_2aa00db1729a4dc7ce6546571b609d23_7cab8b8a = /*#__PURE__*/ (() => {
const Bare_comp_2aa00db1729a4dc7ce6546571b609d23_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"]
    )
});
Bare_comp_2aa00db1729a4dc7ce6546571b609d23_7cab8b8a.displayName = "Bare";
return Bare_comp_2aa00db1729a4dc7ce6546571b609d23_7cab8b8a;
})();

export const Cond_comp_568753a4fdbb721777ea828e38c3ecf4_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_568753a4fdbb721777ea828e38c3ecf4_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_568753a4fdbb721777ea828e38c3ecf4_7cab8b8a.displayName = "Cond";
return Cond_comp_568753a4fdbb721777ea828e38c3ecf4_7cab8b8a;
})();

export const Form_root_a6778b6559fac037857f0e0907c5d3ff_7cab8b8a = /*#__PURE__*/ (() => {
const Form_root_a6778b6559fac037857f0e0907c5d3ff_7cab8b8a = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state")

    const handleSubmit_2c744c02f2067bccc227eb15c5f8095b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["name"] : getRefValue(refs["ref_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state.create", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state.form_version_rx_state_, onSubmit:handleSubmit_2c744c02f2067bccc227eb15c5f8095b }))},children)
    )
});
Form_root_a6778b6559fac037857f0e0907c5d3ff_7cab8b8a.displayName = "Form";
return Form_root_a6778b6559fac037857f0e0907c5d3ff_7cab8b8a;
})();

export const Foreach_comp_c92ab45af9c17626917ddf1ac18ee391_7cab8b8a = /*#__PURE__*/ (() => {
const Foreach_comp_c92ab45af9c17626917ddf1ac18ee391_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state")
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")

    const handleSubmit_cf1232e7f7289ab1b1cdc67a5b8e7b85 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["name"] : getRefValue(refs["ref_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state.rename", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
const ref_name = useRef(null); refs["ref_name"] = ref_name;
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state.rows_rx_state_ ?? [],((programme_rx_state_,index_19b8af5d7068350c2adfa3ed06d753cc)=>(jsx(RadixThemesTable.Row,{align:"center",key:index_19b8af5d7068350c2adfa3ed06d753cc},jsx(RadixThemesTable.RowHeaderCell,{},jsx(Fragment,{},((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state.renaming_id_rx_state_?.valueOf?.() === programme_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_cf1232e7f7289ab1b1cdc67a5b8e7b85},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesTextField.Root,{"aria-describedby":"name-error","aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"]) ? "true" : "false"),"aria-label":"New programme name",css:({ ["width"] : "100%" }),defaultValue:programme_rx_state_?.["name"],id:"name",name:"name",ref:ref_name,size:"2"},),jsx(RadixThemesButton,{size:"2",type:"submit"},"Save"))))):(jsx(Fragment,{},programme_rx_state_?.["name"]))))),jsx(RadixThemesTable.Cell,{},programme_rx_state_?.["counts"]),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(programme_rx_state_?.["archived"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray",highContrast:true},"Archived"))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true},"Open")))))),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(pyOr(programme_rx_state_?.["archived"], () => ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___programmes____programmes_state.renaming_id_rx_state_?.valueOf?.() === programme_rx_state_?.["id"]?.valueOf?.())))?(jsx(Fragment,{},)):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{"aria-label":("Rename "+programme_rx_state_?.["name"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state.start_renaming", ({ ["programme_id"] : programme_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Rename"),jsx(RadixThemesAlertDialog.Root,{},jsx(RadixThemesAlertDialog.Trigger,{},jsx(RadixThemesButton,{"aria-label":("Archive "+programme_rx_state_?.["name"]),color:"red",size:"1",variant:"soft"},"Archive")),jsx(RadixThemesAlertDialog.Content,{},jsx(RadixThemesAlertDialog.Title,{},"Archive ",programme_rx_state_?.["name"],"?"),jsx(RadixThemesAlertDialog.Description,{},"Its relationships will be closed: their sessions can no longer change, and both participants of each are told. This cannot be undone."),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["marginTop"] : "1rem" }),direction:"row",justify:"end",gap:"3"},jsx(RadixThemesAlertDialog.Cancel,{},jsx(RadixThemesButton,{variant:"soft"},"Keep it")),jsx(RadixThemesAlertDialog.Action,{},jsx(RadixThemesFlex,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state.archive", ({ ["programme_id"] : programme_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},"Archive"))))))))))))))))
    )
});
Foreach_comp_c92ab45af9c17626917ddf1ac18ee391_7cab8b8a.displayName = "Foreach";
return Foreach_comp_c92ab45af9c17626917ddf1ac18ee391_7cab8b8a;
})();

export const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_91daef68a0be16bb48f4fd9923b794fd_7cab8b8a.displayName = "Cond";
return Cond_comp_91daef68a0be16bb48f4fd9923b794fd_7cab8b8a;
})();

export const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_7cab8b8a = /*#__PURE__*/ (() => {
const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_7cab8b8a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_7cab8b8a.displayName = "Cond";
return Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_7cab8b8a;
})();
